namespace KubeSharp.Api.Protobuf;

/// <summary>The wire types of the protobuf encoding (the low three bits of a tag).</summary>
public enum ProtoWireType
{
    Varint = 0,
    Fixed64 = 1,
    LengthDelimited = 2,
    StartGroup = 3,
    EndGroup = 4,
    Fixed32 = 5,
}
