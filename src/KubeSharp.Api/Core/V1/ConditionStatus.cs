namespace KubeSharp.Api.Core.V1;

/// <summary>Values of a core/v1 condition's status.</summary>
public static class ConditionStatus
{
    public const string True = "True";
    public const string False = "False";
    public const string Unknown = "Unknown";
}
