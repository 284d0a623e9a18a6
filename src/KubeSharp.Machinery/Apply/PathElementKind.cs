namespace KubeSharp.Machinery.Apply;

/// <summary>How a path element selects a child (structured-merge-diff's PathElement variants), in sort order.</summary>
public enum PathElementKind
{
    /// <summary>A field of an object or key of a map: <c>f:name</c>.</summary>
    Field,

    /// <summary>An item of a map-type list, by its key fields: <c>k:{"name":"web"}</c>.</summary>
    Key,

    /// <summary>An item of a set-type list, by value: <c>v:"example.com/finalizer"</c>.</summary>
    Value,

    /// <summary>An item of a list by position: <c>i:0</c>.</summary>
    Index,
}
