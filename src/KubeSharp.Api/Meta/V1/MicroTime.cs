using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using KubeSharp.Api.Serialization;

namespace KubeSharp.Api.Meta.V1;

/// <summary>
/// meta/v1 MicroTime: an instant with microsecond precision, written as RFC 3339 in UTC with exactly six
/// fractional digits (<c>2024-05-01T12:00:00.123456Z</c>). Used by Lease renew times and events.k8s.io
/// eventTime. The zero value (year 1) is written as JSON null, as upstream marshals an unset MicroTime.
/// </summary>
public readonly struct MicroTime : IEquatable<MicroTime>, IComparable<MicroTime>
{
    /// <summary>Upstream's RFC3339Micro layout, named in parse errors as Go's time.Parse names it.</summary>
    public const string GoLayout = Rfc3339.MicroLayout;

    private const string OutputFormat = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";

    /// <summary>Wraps an instant, truncated to whole microseconds and converted to UTC.</summary>
    public MicroTime(DateTimeOffset value)
    {
        var ticks = value.UtcTicks;
        Value = new DateTimeOffset(ticks - (ticks % 10), TimeSpan.Zero);
    }

    /// <summary>The instant, in UTC.</summary>
    public DateTimeOffset Value { get; }

    /// <summary>True for the unset value, which upstream writes as null.</summary>
    public bool IsZero => Value.UtcTicks == 0;

    /// <summary>The current time of <paramref name="clock"/>, to the microsecond.</summary>
    public static MicroTime Now(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return new MicroTime(clock.GetUtcNow());
    }

    public static implicit operator DateTimeOffset(MicroTime value) => value.Value;

    public static MicroTime FromDateTimeOffset(DateTimeOffset value) => new(value);

    public DateTimeOffset ToDateTimeOffset() => Value;

    /// <summary>Parses upstream's RFC3339Micro form, which requires exactly six fractional digits.</summary>
    public static MicroTime Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var value, out var error) ? value : throw new FormatException(error);
    }

    /// <summary>
    /// Parses as Go's time.Parse with the RFC3339Micro layout: <c>YYYY-MM-DDTHH:MM:SS.ffffff</c> then <c>Z</c>
    /// or <c>±hh:mm</c>. On failure <paramref name="error"/> is worded as Go's parse error.
    /// </summary>
    public static bool TryParse(string text, out MicroTime value, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(Encoding.UTF8.GetBytes(text), out value, out error);
    }

    /// <summary>Parses UTF-8 text as <see cref="TryParse(string, out MicroTime, out string?)"/>.</summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8Text, out MicroTime value, [NotNullWhen(false)] out string? error)
    {
        value = default;
        if (!Rfc3339.TryParse(utf8Text, exactMicros: true, out var instant, out error))
        {
            return false;
        }

        value = new MicroTime(instant);
        return true;
    }

    public bool Equals(MicroTime other) => Value.UtcTicks == other.Value.UtcTicks;

    public override bool Equals(object? obj) => obj is MicroTime other && Equals(other);

    public override int GetHashCode() => Value.UtcTicks.GetHashCode();

    public int CompareTo(MicroTime other) => Value.UtcTicks.CompareTo(other.Value.UtcTicks);

    public static bool operator ==(MicroTime left, MicroTime right) => left.Equals(right);

    public static bool operator !=(MicroTime left, MicroTime right) => !left.Equals(right);

    public static bool operator <(MicroTime left, MicroTime right) => left.CompareTo(right) < 0;

    public static bool operator <=(MicroTime left, MicroTime right) => left.CompareTo(right) <= 0;

    public static bool operator >(MicroTime left, MicroTime right) => left.CompareTo(right) > 0;

    public static bool operator >=(MicroTime left, MicroTime right) => left.CompareTo(right) >= 0;

    /// <summary>RFC 3339 in UTC with six fractional digits.</summary>
    public override string ToString() => Value.UtcDateTime.ToString(OutputFormat, CultureInfo.InvariantCulture);

    /// <summary>Writes <see cref="ToString"/> as UTF-8 without allocating.</summary>
    public bool TryFormat(Span<byte> destination, out int written)
    {
        written = 0;
        if (destination.Length < Rfc3339.MicrosLength)
        {
            return false;
        }

        Rfc3339.FormatMicros(Value.UtcDateTime, destination);
        written = Rfc3339.MicrosLength;
        return true;
    }
}
