namespace KubeSharp.Api.Storage.V1;

public static class VolumeLifecycleMode
{
    public const string Persistent = "Persistent";

    public const string Ephemeral = "Ephemeral";
}
