namespace KubeSharp.Api.Core.V1;

/// <summary>When the containers of a pod are restarted.</summary>
public static class RestartPolicy
{
    public const string Always = "Always";
    public const string OnFailure = "OnFailure";
    public const string Never = "Never";
}
