namespace KubeSharp.Api.Storage.V1;

/// <summary>When a PersistentVolumeClaim of a class is provisioned and bound.</summary>
public static class VolumeBindingMode
{
    public const string Immediate = "Immediate";

    public const string WaitForFirstConsumer = "WaitForFirstConsumer";
}
