namespace KubeSharp.Api.Apps.V1;

public static class DeploymentStrategyType
{
    public const string Recreate = "Recreate";

    public const string RollingUpdate = "RollingUpdate";
}
