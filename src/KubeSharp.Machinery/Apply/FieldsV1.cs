using System.Text;
using System.Text.Json;
using KubeSharp.Machinery.Internal;

namespace KubeSharp.Machinery.Apply;

/// <summary>
/// The FieldsV1 encoding of a <see cref="FieldSet"/> stored in <c>metadata.managedFields[].fieldsV1</c>: a JSON
/// object keyed by serialized path elements in order, <c>{}</c> for leaves and <c>".": {}</c> (written last) when
/// a node with children is itself a member; byte-compatible with upstream's writer.
/// </summary>
public static class FieldsV1
{
    public static string Serialize(FieldSet set)
    {
        var builder = new StringBuilder();
        builder.Append('{');
        Emit(set, includeSelf: false, builder);
        builder.Append('}');
        return builder.ToString();
    }

    public static JsonElement ToJsonElement(FieldSet set)
    {
        using var document = JsonDocument.Parse(Serialize(set));
        return document.RootElement.Clone();
    }

    private static void Emit(FieldSet set, bool includeSelf, StringBuilder builder)
    {
        var first = true;
        void Separator()
        {
            if (!first)
            {
                builder.Append(',');
            }

            first = false;
        }

        var members = set.Members;
        var children = set.Children.Where(c => !c.Set.IsEmpty).ToList();
        int mi = 0, ci = 0;
        while (mi < members.Count || ci < children.Count)
        {
            var c = mi >= members.Count ? 1 : ci >= children.Count ? -1 : members[mi].CompareTo(children[ci].Element);
            Separator();
            if (c < 0)
            {
                GoJson.WriteString(builder, members[mi++].Serialize());
                builder.Append(":{}");
            }
            else
            {
                GoJson.WriteString(builder, children[ci].Element.Serialize());
                builder.Append(":{");
                Emit(children[ci].Set, includeSelf: c == 0, builder);
                builder.Append('}');
                if (c == 0)
                {
                    mi++;
                }

                ci++;
            }
        }

        if (includeSelf && !first)
        {
            builder.Append(",\".\":{}");
        }
    }

    /// <summary>Reads a FieldsV1 object. Unknown element types are dropped, as upstream does.</summary>
    /// <exception cref="FormatException">for malformed content.</exception>
    public static FieldSet Parse(JsonElement fieldsV1)
    {
        if (fieldsV1.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("FieldsV1 must be a JSON object");
        }

        return Read(fieldsV1).Children ?? new FieldSet();
    }

    public static FieldSet Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Parse(document.RootElement);
    }

    private static (FieldSet? Children, bool IsMember) Read(JsonElement node)
    {
        FieldSet? children = null;
        var isMember = false;
        foreach (var property in node.EnumerateObject())
        {
            if (property.Name == ".")
            {
                isMember = true;
                continue;
            }

            var element = PathElement.Deserialize(property.Name);
            if (element is null)
            {
                continue;
            }

            if (property.Value.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException($"expected an object for {property.Name}");
            }

            var (grandchildren, childIsMember) = Read(property.Value);
            if (childIsMember)
            {
                (children ??= new FieldSet()).InsertMember(element);
            }

            if (grandchildren is not null)
            {
                children ??= new FieldSet();
                var target = children.Descend(element);
                foreach (var path in grandchildren.Paths())
                {
                    target.Insert(path);
                }
            }
        }

        return (children, children is null || isMember);
    }
}
