using System.Collections;
using System.Text.Json;
using System.Text.Json.Nodes;
using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Api.Protobuf;

/// <summary>
/// Encodes our API objects in upstream's protobuf form from the same field tables the decoder reads: unset
/// (null) values are left out, set ones are written whatever their value. The API server answers JSON, so this
/// serves tests, benchmarks and clients that talk protobuf.
/// </summary>
public sealed class ProtoObjectEncoder(ProtoFieldRegistry registry)
{
    /// <summary>The message bytes of <paramref name="value"/>.</summary>
    /// <exception cref="NotSupportedException">a type without a field table.</exception>
    public byte[] Encode(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var writer = new ProtoWriter();
        Message(value, writer);
        return writer.ToArray();
    }

    private void Message(object value, ProtoWriter writer)
    {
        var table = registry.Find(value.GetType())
            ?? throw new NotSupportedException($"no protobuf field numbers are declared for {value.GetType().Name}");
        foreach (var field in table.Fields)
        {
            if (field.Embedded is { } embedded)
            {
                var inner = new ProtoWriter();
                foreach (var innerField in embedded.Values.OrderBy(f => f.Number))
                {
                    Field(value, innerField, inner);
                }

                writer.WriteMessage(field.Number, inner);
                continue;
            }

            Field(value, field, writer);
        }
    }

    private void Field(object owner, ProtoField field, ProtoWriter writer)
    {
        var value = field.Property!.Get!(owner);
        if (value is null)
        {
            return;
        }

        switch (field.Collection)
        {
            case ProtoCollection.None:
                Value(field.Number, field.Shape!, value, writer);
                break;
            case ProtoCollection.List:
                foreach (var item in (IList)value)
                {
                    Value(field.Number, field.Shape!, item!, writer);
                }

                break;
            case ProtoCollection.Map:
                var entries = (IDictionary)value;
                var keys = entries.Keys.Cast<string>().Order(StringComparer.Ordinal);
                foreach (var key in keys)
                {
                    var entry = new ProtoWriter();
                    entry.WriteString(1, key);
                    if (entries[key] is { } entryValue)
                    {
                        Value(2, field.Shape!, entryValue, entry);
                    }

                    writer.WriteMessage(field.Number, entry);
                }

                break;
        }
    }

    private void Value(int number, ProtoShape shape, object value, ProtoWriter writer)
    {
        switch (shape.Kind)
        {
            case ProtoValueKind.String:
                writer.WriteString(number, (string)value);
                break;
            case ProtoValueKind.Bool:
                writer.WriteVarint(number, (bool)value ? 1 : 0);
                break;
            case ProtoValueKind.Int32:
                writer.WriteVarint(number, (int)value);
                break;
            case ProtoValueKind.Int64:
                writer.WriteVarint(number, (long)value);
                break;
            case ProtoValueKind.Double:
                writer.WriteDouble(number, (double)value);
                break;
            case ProtoValueKind.Bytes:
                writer.WriteBytes(number, (byte[])value);
                break;
            case ProtoValueKind.Quantity:
                var quantity = new ProtoWriter();
                quantity.WriteString(1, ((Quantity)value).ToString());
                writer.WriteMessage(number, quantity);
                break;
            case ProtoValueKind.IntOrString:
                var intOrString = (IntOrString)value;
                var union = new ProtoWriter();
                union.WriteVarint(1, intOrString.IsString ? 1 : 0);
                union.WriteVarint(2, intOrString.IntValue);
                union.WriteString(3, intOrString.StringValue);
                writer.WriteMessage(number, union);
                break;
            case ProtoValueKind.Time:
                writer.WriteMessage(number, Timestamp((DateTimeOffset)value));
                break;
            case ProtoValueKind.MicroTime:
                writer.WriteMessage(number, Timestamp(((MicroTime)value).Value));
                break;
            case ProtoValueKind.Duration:
                var duration = new ProtoWriter();
                duration.WriteVarint(1, ((Duration)value).Nanoseconds);
                writer.WriteMessage(number, duration);
                break;
            case ProtoValueKind.RawJson:
                var raw = new ProtoWriter();
                raw.WriteString(1, value is JsonElement element ? element.GetRawText() : ((JsonNode)value).ToJsonString());
                writer.WriteMessage(number, raw);
                break;
            case ProtoValueKind.StringList:
                var items = new ProtoWriter();
                foreach (var item in (List<string>)value)
                {
                    items.WriteString(1, item);
                }

                writer.WriteMessage(number, items);
                break;
            case ProtoValueKind.Message:
                var message = new ProtoWriter();
                Message(value, message);
                writer.WriteMessage(number, message);
                break;
        }
    }

    /// <summary>A Timestamp as metav1.Time marshals it: seconds, nanos when non-zero; the zero time as an empty message.</summary>
    private static ProtoWriter Timestamp(DateTimeOffset time)
    {
        var timestamp = new ProtoWriter();
        var ticks = time.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;
        var seconds = Math.DivRem(ticks, TimeSpan.TicksPerSecond, out var remainder);
        if (remainder < 0)
        {
            seconds--;
            remainder += TimeSpan.TicksPerSecond;
        }

        if (seconds != 0 || remainder != 0)
        {
            timestamp.WriteVarint(1, seconds);
        }

        if (remainder != 0)
        {
            timestamp.WriteVarint(2, remainder * 100);
        }

        return timestamp;
    }
}
