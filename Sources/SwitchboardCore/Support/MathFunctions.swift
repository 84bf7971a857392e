#if canImport(Glibc)
internal import Glibc
#elseif canImport(Musl)
internal import Musl
#elseif canImport(Darwin)
internal import Darwin
#endif

/// The natural logarithm, from the C library (the standard library has none without Foundation).
@inline(__always)
func logarithm(_ value: Float) -> Float {
    logf(value)
}

/// The exponential function, from the C library.
@inline(__always)
func exponential(_ value: Double) -> Double {
    exp(value)
}
