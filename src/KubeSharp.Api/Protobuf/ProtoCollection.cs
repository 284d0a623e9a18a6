namespace KubeSharp.Api.Protobuf;

/// <summary>Whether a field holds one value, a repeated field, or a map (repeated key = 1 / value = 2 entries).</summary>
public enum ProtoCollection
{
    None,
    List,
    Map,
}
