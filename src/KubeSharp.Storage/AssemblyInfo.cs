using System.Runtime.CompilerServices;

// The etcd benchmark drives etcd with the same gRPC plumbing the etcd backend uses.
[assembly: InternalsVisibleTo("KubeSharp.Bench")]
