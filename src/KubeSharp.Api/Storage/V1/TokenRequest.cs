namespace KubeSharp.Api.Storage.V1;

/// <summary>A service account token kubelet requests for the pod and passes to the driver on NodePublishVolume.</summary>
public sealed class TokenRequest : KubeModel
{
    public string Audience { get; set; } = "";

    public long? ExpirationSeconds { get; set; }
}
