/// A rate limit: at most `burst` events per `interval` jiffies; the events refused in a window
/// are counted and owned up to when the next window opens.
///
/// Models: `DEFINE_RATELIMIT_STATE(name, interval, burst)` and the `__ratelimit()` check
/// (include/linux/ratelimit.h and lib/ratelimit.c, neither in the shared 6.18 copy): the first
/// check opens a window at the current jiffies; a check after `begin + interval` opens a new
/// one, first reporting the events refused in the old one (`"%s: %d callbacks suppressed"`,
/// unless RATELIMIT_MSG_ON_RELEASE, which `warn_alloc()`'s state does not set); within a
/// window the first `burst` checks pass.
struct RatelimitState: Sendable, Equatable {
    /// `interval`, in jiffies.
    let interval: Int
    /// `burst`.
    let burst: Int
    /// `begin`: when the current window opened; nil before the first check.
    private var begin: Int?
    /// `printed`: the events passed in the current window.
    private var printed = 0
    /// `missed`: the events refused since the last report.
    private var missed = 0

    init(interval: Int, burst: Int) {
        self.interval = interval
        self.burst = burst
    }

    /// Checks one event at `now` (jiffies): whether it may go ahead, and how many refused events
    /// a newly opened window reports first (0 for none).
    ///
    /// Models: `__ratelimit()` (lib/ratelimit.c).
    mutating func check(now: Int) -> (allowed: Bool, suppressed: Int) {
        var suppressed = 0
        if let begin, now > begin + interval {
            suppressed = missed
            missed = 0
            self.begin = now
            printed = 0
        } else if begin == nil {
            begin = now
        }
        guard printed < burst else {
            missed += 1
            return (false, suppressed)
        }
        printed += 1
        return (true, suppressed)
    }
}
