using System.Runtime.Versioning;

// The kubelet drives the Linux-only runtime (namespaces, cgroups, runc), as upstream's kubelet on Linux.
[assembly: SupportedOSPlatform("linux")]
