namespace KubeSharp.Api.Protobuf;

/// <summary>The field table of one message type, indexed by field number.</summary>
public sealed class ProtoMessage
{
    private readonly ProtoField?[] _byNumber;

    public ProtoMessage(Type type, IReadOnlyList<ProtoField> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        Type = type;
        Fields = fields;
        _byNumber = new ProtoField?[fields.Count == 0 ? 1 : fields.Max(field => field.Number) + 1];
        foreach (var field in fields)
        {
            _byNumber[field.Number] = field;
        }
    }

    public Type Type { get; }

    public IReadOnlyList<ProtoField> Fields { get; }

    public ProtoField? Find(int number) => number < _byNumber.Length ? _byNumber[number] : null;
}
