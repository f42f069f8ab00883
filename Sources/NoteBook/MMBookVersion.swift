/// The version of mmbook, part of every cached scenario result's key: a new version re-runs
/// every scenario.
public enum MMBookVersion {
    public static let string = "0.1.0"
}
