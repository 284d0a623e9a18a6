namespace KubeSharp.Storage;

/// <summary>The lease does not exist, or has expired (etcd's "requested lease not found").</summary>
public sealed class LeaseNotFoundException : StorageException
{
    public LeaseNotFoundException(long leaseId)
        : base($"etcdserver: requested lease not found ({leaseId})")
    {
        LeaseId = leaseId;
    }

    public long LeaseId { get; }
}
