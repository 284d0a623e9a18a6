using System.Text;

namespace KubeSharp.Machinery.Apply;

/// <summary>
/// A set of field paths as a tree (structured-merge-diff's fieldpath.Set): at each level, the path elements
/// that are members, and child sets for elements with descendants. A node can be both a member and have
/// children, which FieldsV1 writes as <c>".": {}</c>. Immutable operations return new sets.
/// </summary>
public sealed class FieldSet
{
    // Both kept sorted by PathElement order.
    private readonly List<PathElement> _members;
    private readonly List<(PathElement Element, FieldSet Set)> _children;

    public FieldSet()
    {
        _members = [];
        _children = [];
    }

    private FieldSet(List<PathElement> members, List<(PathElement, FieldSet)> children)
    {
        _members = members;
        _children = children;
    }

    public static FieldSet Empty { get; } = new();

    public IReadOnlyList<PathElement> Members => _members;

    public IEnumerable<(PathElement Element, FieldSet Set)> Children => _children;

    public bool IsEmpty => _members.Count == 0 && _children.TrueForAll(c => c.Set.IsEmpty);

    /// <summary>A set with the given paths.</summary>
    public static FieldSet Of(params IReadOnlyList<PathElement>[] paths)
    {
        var set = new FieldSet();
        foreach (var path in paths)
        {
            set.Insert(path);
        }

        return set;
    }

    /// <summary>Adds a path (building is the one mutating operation; sets are treated as immutable once shared).</summary>
    public void Insert(IReadOnlyList<PathElement> path)
    {
        if (path.Count == 0)
        {
            return;
        }

        var node = this;
        for (var i = 0; i < path.Count - 1; i++)
        {
            node = node.Descend(path[i]);
        }

        node.InsertMember(path[^1]);
    }

    internal void InsertMember(PathElement element)
    {
        var index = _members.BinarySearch(element);
        if (index < 0)
        {
            _members.Insert(~index, element);
        }
    }

    /// <summary>The child set for an element, created when missing.</summary>
    internal FieldSet Descend(PathElement element)
    {
        var index = FindChild(element);
        if (index >= 0)
        {
            return _children[index].Set;
        }

        var child = new FieldSet();
        _children.Insert(~index, (element, child));
        return child;
    }

    private int FindChild(PathElement element)
    {
        int lo = 0, hi = _children.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            var c = _children[mid].Element.CompareTo(element);
            if (c == 0)
            {
                return mid;
            }

            if (c < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return ~lo;
    }

    public bool HasMember(PathElement element) => _members.BinarySearch(element) >= 0;

    public bool Has(IReadOnlyList<PathElement> path)
    {
        if (path.Count == 0)
        {
            return false;
        }

        var node = this;
        for (var i = 0; i < path.Count - 1; i++)
        {
            var index = node.FindChild(path[i]);
            if (index < 0)
            {
                return false;
            }

            node = node._children[index].Set;
        }

        return node.HasMember(path[^1]);
    }

    /// <summary>The descendants under an element (upstream's WithPrefix), or the empty set.</summary>
    public FieldSet WithPrefix(PathElement element)
    {
        var index = FindChild(element);
        return index >= 0 ? _children[index].Set : Empty;
    }

    public FieldSet Union(FieldSet other)
    {
        var members = MergeSorted(_members, other._members, keepLeft: true, keepRight: true, keepBoth: true);
        var children = new List<(PathElement, FieldSet)>();
        int i = 0, j = 0;
        while (i < _children.Count || j < other._children.Count)
        {
            if (j >= other._children.Count || (i < _children.Count && _children[i].Element.CompareTo(other._children[j].Element) < 0))
            {
                children.Add(_children[i++]);
            }
            else if (i >= _children.Count || other._children[j].Element.CompareTo(_children[i].Element) < 0)
            {
                children.Add(other._children[j++]);
            }
            else
            {
                children.Add((_children[i].Element, _children[i].Set.Union(other._children[j].Set)));
                i++;
                j++;
            }
        }

        return new FieldSet(members, children);
    }

    public FieldSet Intersection(FieldSet other)
    {
        var members = MergeSorted(_members, other._members, keepLeft: false, keepRight: false, keepBoth: true);
        var children = new List<(PathElement, FieldSet)>();
        foreach (var (element, set) in _children)
        {
            var index = other.FindChild(element);
            if (index >= 0)
            {
                var shared = set.Intersection(other._children[index].Set);
                if (!shared.IsEmpty)
                {
                    children.Add((element, shared));
                }
            }
        }

        return new FieldSet(members, children);
    }

    /// <summary>Members of this set not in the other; children are differenced level by level.</summary>
    public FieldSet Difference(FieldSet other)
    {
        var members = MergeSorted(_members, other._members, keepLeft: true, keepRight: false, keepBoth: false);
        var children = new List<(PathElement, FieldSet)>();
        foreach (var (element, set) in _children)
        {
            var index = other.FindChild(element);
            var remaining = index >= 0 ? set.Difference(other._children[index].Set) : set;
            if (!remaining.IsEmpty)
            {
                children.Add((element, remaining));
            }
        }

        return new FieldSet(members, children);
    }

    /// <summary>Like <see cref="Difference"/>, but a member of the other set removes the whole subtree.</summary>
    public FieldSet RecursiveDifference(FieldSet other)
    {
        var members = MergeSorted(_members, other._members, keepLeft: true, keepRight: false, keepBoth: false);
        var children = new List<(PathElement, FieldSet)>();
        foreach (var (element, set) in _children)
        {
            if (other.HasMember(element))
            {
                continue;
            }

            var index = other.FindChild(element);
            var remaining = index >= 0 ? set.RecursiveDifference(other._children[index].Set) : set;
            if (!remaining.IsEmpty)
            {
                children.Add((element, remaining));
            }
        }

        return new FieldSet(members, children);
    }

    /// <summary>
    /// Adds, as members, the struct fields that have descendants (upstream's EnsureNamedFieldsAreMembers), so
    /// that removing items can take a whole object field away.
    /// </summary>
    internal FieldSet EnsureNamedFieldsAreMembers(Schema.TypeSchema schema)
    {
        var members = new List<PathElement>(_members);
        var children = new List<(PathElement, FieldSet)>(_children.Count);
        foreach (var (element, set) in _children)
        {
            var childSchema = TypedValue.ChildSchema(schema, element);
            if (element.Kind == PathElementKind.Field && schema.Kind == Schema.SchemaKind.Struct && schema.Field(element.FieldName!) is not null)
            {
                var index = members.BinarySearch(element);
                if (index < 0)
                {
                    members.Insert(~index, element);
                }
            }

            children.Add((element, set.EnsureNamedFieldsAreMembers(childSchema)));
        }

        return new FieldSet(members, children);
    }

    /// <summary>Every path in the set: members first, then children, each in order (upstream's Iterate).</summary>
    public IEnumerable<IReadOnlyList<PathElement>> Paths() => PathsWithPrefix([]);

    private IEnumerable<IReadOnlyList<PathElement>> PathsWithPrefix(List<PathElement> prefix)
    {
        foreach (var member in _members)
        {
            yield return [.. prefix, member];
        }

        foreach (var (element, set) in _children)
        {
            foreach (var path in set.PathsWithPrefix([.. prefix, element]))
            {
                yield return path;
            }
        }
    }

    public bool SetEquals(FieldSet other) => Difference(other).IsEmpty && other.Difference(this).IsEmpty;

    /// <summary>Upstream's path string: <c>.spec.containers[name="web"].image</c>.</summary>
    public static string PathString(IReadOnlyList<PathElement> path)
    {
        var builder = new StringBuilder();
        foreach (var element in path)
        {
            builder.Append(element);
        }

        return builder.ToString();
    }

    public override string ToString() => string.Join("\n", Paths().Select(PathString));

    private static List<PathElement> MergeSorted(List<PathElement> left, List<PathElement> right, bool keepLeft, bool keepRight, bool keepBoth)
    {
        var result = new List<PathElement>(left.Count + right.Count);
        int i = 0, j = 0;
        while (i < left.Count || j < right.Count)
        {
            if (j >= right.Count || (i < left.Count && left[i].CompareTo(right[j]) < 0))
            {
                if (keepLeft)
                {
                    result.Add(left[i]);
                }

                i++;
            }
            else if (i >= left.Count || right[j].CompareTo(left[i]) < 0)
            {
                if (keepRight)
                {
                    result.Add(right[j]);
                }

                j++;
            }
            else
            {
                if (keepBoth)
                {
                    result.Add(left[i]);
                }

                i++;
                j++;
            }
        }

        return result;
    }
}
