using System.Text.Json;
using System.Text.Json.Nodes;
using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Api.Protobuf;

/// <summary>The wire kind of a C# value type, and whether the C# type can be unset (null).</summary>
public sealed record ProtoShape(ProtoValueKind Kind, Type Type, bool Nullable)
{
    /// <summary>The shape of a (non-collection) C# type.</summary>
    /// <exception cref="NotSupportedException">a type with no protobuf form.</exception>
    public static ProtoShape Of(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var underlying = System.Nullable.GetUnderlyingType(type);
        var nullable = underlying is not null || !type.IsValueType;
        var clr = underlying ?? type;
        var kind = clr switch
        {
            _ when clr == typeof(string) => ProtoValueKind.String,
            _ when clr == typeof(bool) => ProtoValueKind.Bool,
            _ when clr == typeof(int) => ProtoValueKind.Int32,
            _ when clr == typeof(long) => ProtoValueKind.Int64,
            _ when clr == typeof(double) => ProtoValueKind.Double,
            _ when clr == typeof(byte[]) => ProtoValueKind.Bytes,
            _ when clr == typeof(Quantity) => ProtoValueKind.Quantity,
            _ when clr == typeof(IntOrString) => ProtoValueKind.IntOrString,
            _ when clr == typeof(DateTimeOffset) => ProtoValueKind.Time,
            _ when clr == typeof(MicroTime) => ProtoValueKind.MicroTime,
            _ when clr == typeof(Duration) => ProtoValueKind.Duration,
            _ when clr == typeof(JsonElement) || clr == typeof(JsonNode) => ProtoValueKind.RawJson,
            _ when clr == typeof(List<string>) => ProtoValueKind.StringList,
            _ when typeof(KubeModel).IsAssignableFrom(clr) => ProtoValueKind.Message,
            _ => throw new NotSupportedException($"{clr} has no protobuf form"),
        };
        return new ProtoShape(kind, clr, nullable);
    }
}
