namespace KubeSharp.Api.Batch.V1;

public static class PodReplacementPolicy
{
    public const string TerminatingOrFailed = "TerminatingOrFailed";

    public const string Failed = "Failed";
}
