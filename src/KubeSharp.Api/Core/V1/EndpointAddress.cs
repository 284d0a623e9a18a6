using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>One endpoint IP and the object behind it.</summary>
[StructType(StructTypeAttribute.Atomic)]
public sealed class EndpointAddress : KubeModel
{
    public string IP { get; set; } = "";

    public string? Hostname { get; set; }

    public string? NodeName { get; set; }

    public ObjectReference? TargetRef { get; set; }
}
