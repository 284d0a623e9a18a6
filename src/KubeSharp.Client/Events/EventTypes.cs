namespace KubeSharp.Client.Events;

/// <summary>The two event types (core/v1 <c>EventTypeNormal</c>, <c>EventTypeWarning</c>); others are dropped.</summary>
public static class EventTypes
{
    public const string Normal = "Normal";

    public const string Warning = "Warning";
}
