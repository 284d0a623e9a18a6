[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]

// Runtime tests share host resources (cgroups, the CNI bridge namespace per test, conmon processes); the
// collections that need it opt out of parallelism themselves.
