namespace KubeSharp.Api.Core.V1;

/// <summary>The component and host that reported an event.</summary>
public sealed class EventSource : KubeModel
{
    public string? Component { get; set; }

    public string? Host { get; set; }
}
