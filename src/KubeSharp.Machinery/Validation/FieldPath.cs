using System.Globalization;
using System.Text;

namespace KubeSharp.Machinery.Validation;

/// <summary>
/// The path from a root to one field, as upstream's <c>field.Path</c>: <c>spec.containers[0].image</c>,
/// <c>metadata.labels[app]</c>. Immutable; each step links to its parent.
/// </summary>
/// <remarks>
/// Upstream's nil path renders as <c>&lt;nil&gt;</c> and shows up in some messages users see (a bad key in
/// a label selector string reads <c>&lt;nil&gt;: Invalid value: …</c>). <see cref="Nil"/> is that path; a
/// child of it is a root, exactly as <c>(*Path)(nil).Child("values")</c> is upstream.
/// </remarks>
public sealed class FieldPath
{
    private readonly string _name;
    private readonly string? _index;
    private readonly FieldPath? _parent;

    private FieldPath(string name, string? index, FieldPath? parent)
    {
        _name = name;
        _index = index;
        _parent = parent;
    }

    /// <summary>Upstream's nil <c>*field.Path</c>.</summary>
    public static FieldPath Nil { get; } = new("", null, null);

    private bool IsNil => ReferenceEquals(this, Nil);

    /// <summary>A root path made of one or more field names: <c>New("metadata", "name")</c>.</summary>
    public static FieldPath New(string name, params string[] moreNames)
    {
        var path = new FieldPath(name, null, null);
        foreach (var another in moreNames)
        {
            path = new FieldPath(another, null, path);
        }

        return path;
    }

    public FieldPath Child(string name, params string[] moreNames)
    {
        var path = new FieldPath(name, null, IsNil ? null : this);
        foreach (var another in moreNames)
        {
            path = new FieldPath(another, null, path);
        }

        return path;
    }

    public FieldPath Index(int index) =>
        new("", index.ToString(CultureInfo.InvariantCulture), IsNil ? null : this);

    public FieldPath Key(string key) => new("", key, IsNil ? null : this);

    public override string ToString()
    {
        if (IsNil)
        {
            return "<nil>";
        }

        var elements = new List<FieldPath>();
        for (var p = this; p is not null; p = p._parent)
        {
            elements.Add(p);
        }

        var builder = new StringBuilder();
        for (var i = elements.Count - 1; i >= 0; i--)
        {
            var p = elements[i];
            if (p._index is null)
            {
                if (p._parent is not null && p._name.Length > 0)
                {
                    builder.Append('.');
                }

                builder.Append(p._name);
            }
            else
            {
                builder.Append('[').Append(p._index).Append(']');
            }
        }

        return builder.ToString();
    }
}
