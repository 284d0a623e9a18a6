namespace KubeSharp.Api.Core.V1;

/// <summary>A serialized reference to an object (the created-by annotation of old controllers).</summary>
[Kind("", "v1", "SerializedReference")]
public sealed class SerializedReference : KubeModel
{
    public string? Kind { get; set; }

    public string? ApiVersion { get; set; }

    /// <summary>A struct upstream, so always written.</summary>
    public ObjectReference Reference { get; set; } = new();
}
