namespace KubeSharp.Machinery.Validation;

/// <summary>A list of field errors (upstream's <c>field.ErrorList</c>), with upstream's aggregate rendering.</summary>
public sealed class FieldErrorList : List<FieldError>
{
    public FieldErrorList()
    {
    }

    public FieldErrorList(IEnumerable<FieldError> errors)
        : base(errors)
    {
    }

    /// <summary>
    /// Upstream's <c>ErrorList.ToAggregate().Error()</c>: one message as is; several, de-duplicated,
    /// comma-joined inside brackets. Null when the list is empty.
    /// </summary>
    public string? AggregateMessage()
    {
        if (Count == 0)
        {
            return null;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var messages = new List<string>(Count);
        foreach (var error in this)
        {
            var message = error.ToString();
            if (seen.Add(message))
            {
                messages.Add(message);
            }
        }

        return messages.Count == 1 ? messages[0] : "[" + string.Join(", ", messages) + "]";
    }

    public override string ToString() => AggregateMessage() ?? "";
}
