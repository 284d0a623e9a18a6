using System.Globalization;
using KubeSharp.Machinery.Internal;

namespace KubeSharp.Machinery.Validation;

/// <summary>
/// One field-level validation error, as upstream's <c>field.Error</c>. Renders exactly as upstream
/// (<c>spec.containers[0].image: Required value</c>, <c>metadata.name: Invalid value: "Foo": …</c>) and
/// becomes one cause (type, field, message) of an Invalid status.
/// </summary>
public sealed class FieldError
{
    /// <summary>Marks a bad value that upstream leaves out of the message (field.omitValue).</summary>
    public static readonly object OmitValue = new();

    public FieldError(string type, string field, object? badValue, string detail)
    {
        Type = type;
        Field = field;
        BadValue = badValue;
        Detail = detail;
    }

    /// <summary>One of <see cref="FieldErrorType"/>.</summary>
    public string Type { get; }

    /// <summary>The field path rendered as a string (<c>spec.containers[0].name</c>).</summary>
    public string Field { get; }

    public object? BadValue { get; }

    public string Detail { get; }

    public static FieldError Required(FieldPath field, string detail = "") =>
        new(FieldErrorType.Required, field.ToString(), "", detail);

    public static FieldError Invalid(FieldPath field, object? value, string detail) =>
        new(FieldErrorType.Invalid, field.ToString(), value, detail);

    public static FieldError TypeInvalid(FieldPath field, object? value, string detail) =>
        new(FieldErrorType.TypeInvalid, field.ToString(), value, detail);

    public static FieldError NotFound(FieldPath field, object? value) =>
        new(FieldErrorType.NotFound, field.ToString(), value, "");

    public static FieldError Duplicate(FieldPath field, object? value) =>
        new(FieldErrorType.Duplicate, field.ToString(), value, "");

    public static FieldError Forbidden(FieldPath field, string detail) =>
        new(FieldErrorType.Forbidden, field.ToString(), "", detail);

    /// <summary>Upstream's field.NotSupported: lists the supported values, each quoted.</summary>
    public static FieldError NotSupported(FieldPath field, object? value, IEnumerable<string> validValues)
    {
        var quoted = validValues.Select(GoFormat.Quote).ToList();
        var detail = quoted.Count > 0 ? "supported values: " + string.Join(", ", quoted) : "";
        return new FieldError(FieldErrorType.NotSupported, field.ToString(), value, detail);
    }

    /// <summary>Upstream's field.TooLong: the value itself is never printed.</summary>
    public static FieldError TooLong(FieldPath field, int maxLength)
    {
        var detail = maxLength >= 0
            ? string.Create(CultureInfo.InvariantCulture, $"may not be more than {maxLength} {(maxLength == 1 ? "byte" : "bytes")}")
            : "value is too long";
        return new FieldError(FieldErrorType.TooLong, field.ToString(), "<value omitted>", detail);
    }

    /// <summary>Upstream's field.TooMany: the list has more items than allowed.</summary>
    public static FieldError TooMany(FieldPath field, int actualQuantity, int maxQuantity)
    {
        var detail = maxQuantity >= 0
            ? string.Create(CultureInfo.InvariantCulture, $"must have at most {maxQuantity} {(maxQuantity == 1 ? "item" : "items")}")
            : "has too many items";
        return new FieldError(FieldErrorType.TooMany, field.ToString(), actualQuantity >= 0 ? actualQuantity : OmitValue, detail);
    }

    public static FieldError InternalError(FieldPath field, string message) =>
        new(FieldErrorType.Internal, field.ToString(), message, message);

    /// <summary>The message without the field name, as upstream's ErrorBody (the cause message).</summary>
    public string ErrorBody()
    {
        string text;
        switch (Type)
        {
            case FieldErrorType.Required or FieldErrorType.Forbidden or FieldErrorType.TooLong or FieldErrorType.TooShort or FieldErrorType.Internal:
                text = FieldErrorType.Describe(Type);
                break;
            case FieldErrorType.Invalid or FieldErrorType.TypeInvalid or FieldErrorType.NotSupported or FieldErrorType.NotFound
                or FieldErrorType.Duplicate or FieldErrorType.TooMany or FieldErrorType.TooFew:
                if (ReferenceEquals(BadValue, OmitValue))
                {
                    text = FieldErrorType.Describe(Type);
                }
                else if (BadValue is string s)
                {
                    text = FieldErrorType.Describe(Type) + ": " + GoFormat.Quote(s);
                }
                else if (GoFormat.TryFormatSimple(BadValue, out var simple))
                {
                    text = FieldErrorType.Describe(Type) + ": " + simple;
                }
                else
                {
                    text = FieldErrorType.Describe(Type) + ": " + GoFormat.Json(BadValue);
                }

                break;
            default:
                text = "Internal error: unhandled error code: " + Type + ": please report this";
                break;
        }

        return Detail.Length > 0 ? text + ": " + Detail : text;
    }

    public override string ToString() => Field + ": " + ErrorBody();
}
