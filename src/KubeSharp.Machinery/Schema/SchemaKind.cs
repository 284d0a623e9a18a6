namespace KubeSharp.Machinery.Schema;

/// <summary>The shape of a value in the type schema.</summary>
public enum SchemaKind
{
    /// <summary>A string, number, boolean or a type serialized as one (Quantity, Time, IntOrString, bytes).</summary>
    Scalar,

    /// <summary>An object with known fields (a Go struct).</summary>
    Struct,

    /// <summary>An object with arbitrary keys and values of one type (a Go map).</summary>
    Map,

    /// <summary>A JSON array.</summary>
    List,

    /// <summary>
    /// Opaque or unknown JSON (RawExtension, FieldsV1, a field the types do not know): patches treat it with
    /// merge-patch semantics and apply owns it atomically.
    /// </summary>
    Untyped,
}
