namespace KubeSharp.Api.Apps.V1;

public static class StatefulSetUpdateStrategyType
{
    public const string RollingUpdate = "RollingUpdate";

    public const string OnDelete = "OnDelete";
}
