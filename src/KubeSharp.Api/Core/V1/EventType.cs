namespace KubeSharp.Api.Core.V1;

/// <summary>Types of events.</summary>
public static class EventType
{
    public const string Normal = "Normal";
    public const string Warning = "Warning";
}
