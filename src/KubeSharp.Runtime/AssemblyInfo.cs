// The runtime drives Linux kernel features (namespaces, cgroups, overlayfs) and Linux tools (runc, conmon, CNI).
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
