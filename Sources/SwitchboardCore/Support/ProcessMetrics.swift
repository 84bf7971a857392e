#if canImport(Glibc)
internal import Glibc
#elseif canImport(Musl)
internal import Musl
#elseif canImport(Darwin)
internal import Darwin
#endif

/// Measurements of the running process, for evaluation reports.
package enum ProcessMetrics {
    /// The peak resident set size so far, in bytes.
    package static var peakResidentBytes: Int {
        var usage = rusage()
        #if canImport(Glibc)
        let who = RUSAGE_SELF.rawValue
        #else
        let who = RUSAGE_SELF
        #endif
        guard getrusage(who, &usage) == 0 else { return 0 }
        #if canImport(Darwin)
        return Int(usage.ru_maxrss)
        #else
        return Int(usage.ru_maxrss) * 1024
        #endif
    }

    /// The current resident set size, in bytes, from `/proc/self/statm` (0 where unavailable).
    package static var residentBytes: Int {
        guard let bytes = try? FileSystem.read("/proc/self/statm"),
            let fields = String(validating: bytes, as: UTF8.self)?.split(separator: " "),
            fields.count > 1,
            let pages = Int(fields[1])
        else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}
