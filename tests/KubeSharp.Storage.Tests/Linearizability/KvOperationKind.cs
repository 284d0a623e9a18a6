namespace KubeSharp.Storage.Tests.Linearizability;

public enum KvOperationKind
{
    Get,
    Create,
    Update,
    Delete,
}
