using System.Collections;
using System.Text;
using System.Text.Json;
using KubeSharp.Api.Meta.V1;
using KubeSharp.Api.Serialization;

namespace KubeSharp.Api.Protobuf;

/// <summary>
/// Decodes upstream's protobuf encoding of an API object straight into our C# type, driven by the field tables
/// of a <see cref="ProtoFieldRegistry"/> and the JSON contracts (so values land in the same properties JSON
/// decoding fills). Follows go-to-protobuf's conventions: plain Go fields are always written, so a zero value of
/// a non-pointer field means unset; unknown field numbers are skipped, as generated Go code skips them; an empty
/// Time message is the zero time. Malformed, truncated or mistyped input ends in a
/// <see cref="ProtobufDecodeException"/> naming the field path.
/// </summary>
public sealed class ProtoObjectDecoder(ProtoFieldRegistry registry)
{
    private const int MaxDepth = 100;

    /// <summary>An object of <paramref name="type"/> from its message bytes.</summary>
    /// <exception cref="ProtobufDecodeException">malformed input, or a type without a field table.</exception>
    public object Decode(Type type, ReadOnlySpan<byte> message)
    {
        ArgumentNullException.ThrowIfNull(type);
        return Message(type, message, 0);
    }

    private object Message(Type type, ReadOnlySpan<byte> data, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new ProtobufDecodeException($"proto: messages nested deeper than {MaxDepth} levels");
        }

        var table = registry.Find(type)
            ?? throw new ProtobufDecodeException($"protobuf bodies with a {type.Name} are not supported; send JSON");
        var value = KubeJson.Options.GetTypeInfo(type).CreateObject!();
        Fill(value, table.Find, data, depth);
        return value;
    }

    private void Fill(object target, Func<int, ProtoField?> fields, ReadOnlySpan<byte> data, int depth)
    {
        var reader = new ProtoReader(data);
        while (!reader.End)
        {
            var (number, wireType) = reader.ReadTag();
            var field = fields(number);
            if (field is null)
            {
                reader.Skip(wireType);
                continue;
            }

            try
            {
                if (field.Embedded is { } embedded)
                {
                    Fill(target, n => embedded.GetValueOrDefault(n), Bytes(ref reader, wireType), depth + 1);
                    continue;
                }

                switch (field.Collection)
                {
                    case ProtoCollection.None:
                        if (Value(field.Shape!, ref reader, wireType, field.Pointer, depth) is { } value)
                        {
                            field.Property!.Set!(target, value);
                        }

                        break;
                    case ProtoCollection.List:
                        AddToList(target, field, ref reader, wireType, depth);
                        break;
                    case ProtoCollection.Map:
                        AddToMap(target, field, Bytes(ref reader, wireType), depth);
                        break;
                }
            }
            catch (ProtobufDecodeException error)
            {
                throw field.Embedded is null ? error.Within(field.Name) : error;
            }
            catch (Exception error) when (error is FormatException or OverflowException or ArgumentException or JsonException or InvalidCastException)
            {
                var wrapped = new ProtobufDecodeException(error.Message, error);
                throw field.Embedded is null ? wrapped.Within(field.Name) : wrapped;
            }
        }
    }

    private void AddToList(object target, ProtoField field, ref ProtoReader reader, ProtoWireType wireType, int depth)
    {
        var property = field.Property!;
        var list = (IList?)property.Get!(target);
        if (list is null)
        {
            list = (IList)KubeJson.Options.GetTypeInfo(property.PropertyType).CreateObject!();
            property.Set!(target, list);
        }

        var shape = field.Shape!;
        if (wireType == ProtoWireType.LengthDelimited && shape.Kind is ProtoValueKind.Int32 or ProtoValueKind.Int64 or ProtoValueKind.Bool)
        {
            // packed repeated scalars: proto3 writers and some clients pack them.
            var packed = new ProtoReader(reader.ReadLengthDelimited());
            while (!packed.End)
            {
                list.Add(Value(shape, ref packed, ProtoWireType.Varint, pointer: true, depth));
            }

            return;
        }

        list.Add(Value(shape, ref reader, wireType, pointer: true, depth) ?? Default(shape));
    }

    private void AddToMap(object target, ProtoField field, ReadOnlySpan<byte> entry, int depth)
    {
        var property = field.Property!;
        var map = (IDictionary?)property.Get!(target);
        if (map is null)
        {
            map = (IDictionary)KubeJson.Options.GetTypeInfo(property.PropertyType).CreateObject!();
            property.Set!(target, map);
        }

        string key = "";
        object? value = null;
        var reader = new ProtoReader(entry);
        while (!reader.End)
        {
            var (number, wireType) = reader.ReadTag();
            switch (number)
            {
                case 1:
                    key = Encoding.UTF8.GetString(Bytes(ref reader, wireType));
                    break;
                case 2:
                    value = Value(field.Shape!, ref reader, wireType, pointer: true, depth);
                    break;
                default:
                    reader.Skip(wireType);
                    break;
            }
        }

        map[key] = value ?? Default(field.Shape!);
    }

    /// <summary>One value, or null when it is a plain field's zero value (unset).</summary>
    private object? Value(ProtoShape shape, ref ProtoReader reader, ProtoWireType wireType, bool pointer, int depth)
    {
        var keepZero = pointer || !shape.Nullable;
        switch (shape.Kind)
        {
            case ProtoValueKind.String:
                var text = Encoding.UTF8.GetString(Bytes(ref reader, wireType));
                return text.Length > 0 || pointer ? text : null;
            case ProtoValueKind.Bool:
                var flag = Varint(ref reader, wireType) != 0;
                return flag || keepZero ? flag : null;
            case ProtoValueKind.Int32:
                var int32 = unchecked((int)(long)Varint(ref reader, wireType));
                return int32 != 0 || keepZero ? int32 : null;
            case ProtoValueKind.Int64:
                var int64 = unchecked((long)Varint(ref reader, wireType));
                return int64 != 0 || keepZero ? int64 : null;
            case ProtoValueKind.Double:
                Expect(wireType, ProtoWireType.Fixed64);
                var real = BitConverter.UInt64BitsToDouble(reader.ReadFixed64());
                return real != 0 || keepZero ? real : null;
            case ProtoValueKind.Bytes:
                var bytes = Bytes(ref reader, wireType);
                return bytes.Length > 0 || pointer ? bytes.ToArray() : null;
            case ProtoValueKind.Quantity:
                return QuantityValue(Bytes(ref reader, wireType));
            case ProtoValueKind.IntOrString:
                return IntOrStringValue(Bytes(ref reader, wireType));
            case ProtoValueKind.Time:
                return TimeValue(Bytes(ref reader, wireType), micro: false);
            case ProtoValueKind.MicroTime:
                return TimeValue(Bytes(ref reader, wireType), micro: true) is { } micro ? new MicroTime(micro) : null;
            case ProtoValueKind.Duration:
                return new Duration(unchecked((long)SingleVarint(Bytes(ref reader, wireType), 1)));
            case ProtoValueKind.RawJson:
                return RawJson(Bytes(ref reader, wireType));
            case ProtoValueKind.StringList:
                return StringList(Bytes(ref reader, wireType));
            case ProtoValueKind.Message:
                return Message(shape.Type, Bytes(ref reader, wireType), depth + 1);
            default:
                throw new ProtobufDecodeException($"unsupported value kind {shape.Kind}");
        }
    }

    private static object Default(ProtoShape shape) => shape.Kind switch
    {
        ProtoValueKind.String => "",
        ProtoValueKind.Bytes => Array.Empty<byte>(),
        ProtoValueKind.Message => KubeJson.Options.GetTypeInfo(shape.Type).CreateObject!(),
        ProtoValueKind.StringList => new List<string>(),
        _ => Activator.CreateInstance(shape.Type)!,
    };

    private static Quantity QuantityValue(ReadOnlySpan<byte> message)
    {
        var reader = new ProtoReader(message);
        var text = "";
        while (!reader.End)
        {
            var (number, wireType) = reader.ReadTag();
            if (number == 1)
            {
                text = Encoding.UTF8.GetString(Bytes(ref reader, wireType));
            }
            else
            {
                reader.Skip(wireType);
            }
        }

        return Quantity.Parse(text.Length == 0 ? "0" : text);
    }

    private static IntOrString IntOrStringValue(ReadOnlySpan<byte> message)
    {
        var reader = new ProtoReader(message);
        long type = 0;
        var number = 0;
        var text = "";
        while (!reader.End)
        {
            var (field, wireType) = reader.ReadTag();
            switch (field)
            {
                case 1:
                    type = unchecked((long)Varint(ref reader, wireType));
                    break;
                case 2:
                    number = unchecked((int)(long)Varint(ref reader, wireType));
                    break;
                case 3:
                    text = Encoding.UTF8.GetString(Bytes(ref reader, wireType));
                    break;
                default:
                    reader.Skip(wireType);
                    break;
            }
        }

        return type switch
        {
            0 => new IntOrString(number),
            1 => new IntOrString(text),
            _ => throw new ProtobufDecodeException($"an IntOrString of unknown type {type}"),
        };
    }

    private static DateTimeOffset? TimeValue(ReadOnlySpan<byte> message, bool micro)
    {
        var reader = new ProtoReader(message);
        long seconds = 0;
        long nanos = 0;
        var any = false;
        while (!reader.End)
        {
            var (field, wireType) = reader.ReadTag();
            switch (field)
            {
                case 1:
                    seconds = unchecked((long)Varint(ref reader, wireType));
                    any = true;
                    break;
                case 2:
                    nanos = unchecked((int)(long)Varint(ref reader, wireType));
                    any = true;
                    break;
                default:
                    reader.Skip(wireType);
                    break;
            }
        }

        // metav1.Time marshals the zero time as an empty message.
        if (!any)
        {
            return null;
        }

        if (nanos is < 0 or > 999_999_999 || seconds < -62_135_596_800 || seconds > 253_402_300_799)
        {
            throw new ProtobufDecodeException($"timestamp out of range: {seconds}s {nanos}ns");
        }

        var time = DateTimeOffset.FromUnixTimeSeconds(seconds);
        return micro ? time.AddTicks(nanos / 100) : time;
    }

    private static JsonElement? RawJson(ReadOnlySpan<byte> message)
    {
        var reader = new ProtoReader(message);
        ReadOnlySpan<byte> raw = default;
        while (!reader.End)
        {
            var (field, wireType) = reader.ReadTag();
            if (field == 1)
            {
                Expect(wireType, ProtoWireType.LengthDelimited);
                raw = reader.ReadLengthDelimited();
            }
            else
            {
                reader.Skip(wireType);
            }
        }

        if (raw.IsEmpty)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(raw.ToArray());
            return document.RootElement.Clone();
        }
        catch (JsonException error)
        {
            throw new ProtobufDecodeException($"embedded raw JSON is malformed: {error.Message}", error);
        }
    }

    private static List<string> StringList(ReadOnlySpan<byte> message)
    {
        var items = new List<string>();
        var reader = new ProtoReader(message);
        while (!reader.End)
        {
            var (field, wireType) = reader.ReadTag();
            if (field == 1)
            {
                items.Add(Encoding.UTF8.GetString(Bytes(ref reader, wireType)));
            }
            else
            {
                reader.Skip(wireType);
            }
        }

        return items;
    }

    private static ulong SingleVarint(ReadOnlySpan<byte> message, int number)
    {
        var reader = new ProtoReader(message);
        ulong value = 0;
        while (!reader.End)
        {
            var (field, wireType) = reader.ReadTag();
            if (field == number)
            {
                value = Varint(ref reader, wireType);
            }
            else
            {
                reader.Skip(wireType);
            }
        }

        return value;
    }

    private static ReadOnlySpan<byte> Bytes(ref ProtoReader reader, ProtoWireType wireType)
    {
        Expect(wireType, ProtoWireType.LengthDelimited);
        return reader.ReadLengthDelimited();
    }

    private static ulong Varint(ref ProtoReader reader, ProtoWireType wireType)
    {
        Expect(wireType, ProtoWireType.Varint);
        return reader.ReadVarint();
    }

    private static void Expect(ProtoWireType actual, ProtoWireType expected)
    {
        if (actual != expected)
        {
            throw new ProtobufDecodeException($"proto: wire type {(int)actual} where {(int)expected} ({expected}) was expected");
        }
    }
}
