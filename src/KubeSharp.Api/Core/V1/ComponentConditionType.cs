namespace KubeSharp.Api.Core.V1;

/// <summary>Condition types of a ComponentStatus.</summary>
public static class ComponentConditionType
{
    public const string Healthy = "Healthy";
}
