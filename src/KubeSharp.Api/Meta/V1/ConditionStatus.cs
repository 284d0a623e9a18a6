namespace KubeSharp.Api.Meta.V1;

/// <summary>Values of a condition's status (upstream's ConditionStatus).</summary>
public static class ConditionStatus
{
    public const string True = "True";
    public const string False = "False";
    public const string Unknown = "Unknown";
}
