using System.Globalization;
using System.Text;
using KubeSharp.Machinery.Internal;

namespace KubeSharp.Machinery.Apply;

/// <summary>
/// One step of a field path as structured-merge-diff defines it: a field name, the key fields of a map-type
/// list item, the value of a set-type list item, or an index. Ordered and serialized exactly as upstream
/// (<c>f:name</c>, <c>k:{"containerPort":80,"protocol":"TCP"}</c>, <c>v:"a"</c>, <c>i:0</c>), because these strings
/// are what managedFields stores and kubectl shows.
/// </summary>
public sealed class PathElement : IComparable<PathElement>, IEquatable<PathElement>
{
    private static readonly KeyValuePair<string, object?>[] NoKey = [];

    private readonly KeyValuePair<string, object?>[] _key;

    private PathElement(PathElementKind kind, string? fieldName, KeyValuePair<string, object?>[] key, object? value, int index)
    {
        Kind = kind;
        FieldName = fieldName;
        _key = key;
        Value = value;
        Index = index;
    }

    public PathElementKind Kind { get; }

    public string? FieldName { get; }

    /// <summary>For <see cref="PathElementKind.Key"/>: the key fields, sorted by name.</summary>
    public IReadOnlyList<KeyValuePair<string, object?>> Key => _key;

    /// <summary>For <see cref="PathElementKind.Value"/>: the item's value (a JSON tree value).</summary>
    public object? Value { get; }

    public int Index { get; }

    public static PathElement Field(string name) => new(PathElementKind.Field, name, NoKey, null, 0);

    public static PathElement KeyOf(IEnumerable<KeyValuePair<string, object?>> fields)
    {
        var sorted = fields.ToArray();
        Array.Sort(sorted, (a, b) => string.CompareOrdinal(a.Key, b.Key));
        return new PathElement(PathElementKind.Key, null, sorted, null, 0);
    }

    public static PathElement ValueOf(object? value) => new(PathElementKind.Value, null, NoKey, value, 0);

    public static PathElement IndexOf(int index) => new(PathElementKind.Index, null, NoKey, null, index);

    public int CompareTo(PathElement? other)
    {
        if (other is null)
        {
            return 1;
        }

        if (Kind != other.Kind)
        {
            return Kind.CompareTo(other.Kind);
        }

        switch (Kind)
        {
            case PathElementKind.Field:
                return Math.Sign(string.CompareOrdinal(FieldName, other.FieldName));
            case PathElementKind.Key:
                for (var i = 0; ; i++)
                {
                    if (i >= _key.Length && i >= other._key.Length)
                    {
                        return 0;
                    }

                    if (i >= _key.Length)
                    {
                        return -1;
                    }

                    if (i >= other._key.Length)
                    {
                        return 1;
                    }

                    var c = Math.Sign(string.CompareOrdinal(_key[i].Key, other._key[i].Key));
                    if (c != 0)
                    {
                        return c;
                    }

                    c = ValueOrder.Compare(_key[i].Value, other._key[i].Value);
                    if (c != 0)
                    {
                        return c;
                    }
                }

            case PathElementKind.Value:
                return ValueOrder.Compare(Value, other.Value);
            default:
                return Index.CompareTo(other.Index);
        }
    }

    public bool Equals(PathElement? other)
    {
        if (other is null || Kind != other.Kind)
        {
            return false;
        }

        switch (Kind)
        {
            case PathElementKind.Field:
                return FieldName == other.FieldName;
            case PathElementKind.Key:
                if (_key.Length != other._key.Length)
                {
                    return false;
                }

                for (var i = 0; i < _key.Length; i++)
                {
                    if (_key[i].Key != other._key[i].Key || !ValueOrder.Equal(_key[i].Value, other._key[i].Value))
                    {
                        return false;
                    }
                }

                return true;
            case PathElementKind.Value:
                return ValueOrder.Equal(Value, other.Value);
            default:
                return Index == other.Index;
        }
    }

    public override bool Equals(object? obj) => Equals(obj as PathElement);

    public static bool operator ==(PathElement? left, PathElement? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(PathElement? left, PathElement? right) => !(left == right);

    public static bool operator <(PathElement left, PathElement right) => left.CompareTo(right) < 0;

    public static bool operator <=(PathElement left, PathElement right) => left.CompareTo(right) <= 0;

    public static bool operator >(PathElement left, PathElement right) => left.CompareTo(right) > 0;

    public static bool operator >=(PathElement left, PathElement right) => left.CompareTo(right) >= 0;

    public override int GetHashCode()
    {
        switch (Kind)
        {
            case PathElementKind.Field:
                return HashCode.Combine(Kind, StringComparer.Ordinal.GetHashCode(FieldName!));
            case PathElementKind.Key:
                var hash = new HashCode();
                hash.Add(Kind);
                foreach (var (name, value) in _key)
                {
                    hash.Add(StringComparer.Ordinal.GetHashCode(name));
                    hash.Add(ValueOrder.Hash(value));
                }

                return hash.ToHashCode();
            case PathElementKind.Value:
                return HashCode.Combine(Kind, ValueOrder.Hash(Value));
            default:
                return HashCode.Combine(Kind, Index);
        }
    }

    /// <summary>Upstream's human form: <c>.name</c>, <c>[name="web"]</c>, <c>[=value]</c>, <c>[3]</c>.</summary>
    public override string ToString() => Kind switch
    {
        PathElementKind.Field => "." + FieldName,
        PathElementKind.Key => "[" + string.Join(",", _key.Select(k => k.Key + "=" + ValueOrder.ToDisplayString(k.Value))) + "]",
        PathElementKind.Value => "[=" + ValueOrder.ToDisplayString(Value) + "]",
        _ => "[" + Index.ToString(CultureInfo.InvariantCulture) + "]",
    };

    /// <summary>The FieldsV1 key for this element.</summary>
    public string Serialize()
    {
        var builder = new StringBuilder();
        switch (Kind)
        {
            case PathElementKind.Field:
                return "f:" + FieldName;
            case PathElementKind.Key:
                builder.Append("k:{");
                for (var i = 0; i < _key.Length; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }

                    GoJson.WriteString(builder, _key[i].Key);
                    builder.Append(':');
                    GoJson.Write(builder, _key[i].Value);
                }

                return builder.Append('}').ToString();
            case PathElementKind.Value:
                builder.Append("v:");
                GoJson.Write(builder, Value);
                return builder.ToString();
            default:
                return "i:" + Index.ToString(CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Parses a FieldsV1 key; null for a type this version does not know (upstream drops those).</summary>
    /// <exception cref="FormatException">for a malformed key.</exception>
    public static PathElement? Deserialize(string text)
    {
        if (text.Length < 2)
        {
            throw new FormatException("key must be 2 characters long:");
        }

        if (text[1] != ':')
        {
            throw new FormatException("missing colon: " + text);
        }

        var rest = text[2..];
        switch (text[0])
        {
            case 'f':
                return Field(rest);
            case 'v':
                return ValueOf(ParseJson(rest));
            case 'k':
                if (ParseJson(rest) is not Dictionary<string, object?> fields)
                {
                    throw new FormatException("expected object");
                }

                return KeyOf(fields);
            case 'i':
                return int.TryParse(rest, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var index)
                    ? IndexOf(index)
                    : throw new FormatException($"strconv.Atoi: parsing \"{rest}\": invalid syntax");
            default:
                return null;
        }
    }

    private static object? ParseJson(string text)
    {
        try
        {
            return JsonTree.Parse(Encoding.UTF8.GetBytes(text));
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new FormatException(e.Message, e);
        }
    }
}
