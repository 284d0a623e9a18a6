using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace KubeSharp.Api.Meta.V1;

/// <summary>
/// meta/v1 MicroTime: an instant with microsecond precision, written as RFC 3339 in UTC with exactly six
/// fractional digits (<c>2024-05-01T12:00:00.123456Z</c>). Used by Lease renew times and events.k8s.io
/// eventTime. The zero value (year 1) is written as JSON null, as upstream marshals an unset MicroTime.
/// </summary>
public readonly struct MicroTime : IEquatable<MicroTime>, IComparable<MicroTime>
{
    /// <summary>Upstream's RFC3339Micro layout, named in parse errors as Go's time.Parse names it.</summary>
    public const string GoLayout = "2006-01-02T15:04:05.000000Z07:00";

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
        value = default;
        var reader = new LayoutReader(text);
        if (!reader.Number(4, "2006", out var year) || !reader.Literal('-', "-01-02T15:04:05.000000Z07:00")
            || !reader.Number(2, "01", out var month) || !reader.Literal('-', "-02T15:04:05.000000Z07:00")
            || !reader.Number(2, "02", out var day) || !reader.Literal('T', "T15:04:05.000000Z07:00")
            || !reader.Number(2, "15", out var hour) || !reader.Literal(':', ":04:05.000000Z07:00")
            || !reader.Number(2, "04", out var minute) || !reader.Literal(':', ":05.000000Z07:00")
            || !reader.Number(2, "05", out var second) || !reader.Literal('.', ".000000")
            || !reader.Number(6, ".000000", out var micros) || !reader.Offset(out var offset))
        {
            error = $"parsing time {Quote(text)} as \"{GoLayout}\": cannot parse {Quote(reader.Rest)} as \"{reader.Expected}\"";
            return false;
        }

        var outOfRange = OutOfRange(year, month, day, hour, minute, second);
        if (outOfRange is not null)
        {
            error = $"parsing time {Quote(text)}: {outOfRange} out of range";
            return false;
        }

        var local = new DateTime(Math.Max(year, 1), month, day, hour, minute, second, DateTimeKind.Unspecified).AddTicks(micros * 10L);
        try
        {
            value = new MicroTime(new DateTimeOffset(local, offset));
        }
        catch (ArgumentOutOfRangeException)
        {
            error = $"parsing time {Quote(text)}: year out of range";
            return false;
        }

        error = null;
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
    public bool TryFormat(Span<byte> destination, out int written) =>
        Value.UtcDateTime.TryFormat(destination, out written, OutputFormat, CultureInfo.InvariantCulture);

    /// <summary>The first field out of its range, named as Go's time.Parse names it, or null.</summary>
    private static string? OutOfRange(int year, int month, int day, int hour, int minute, int second) =>
        month is < 1 or > 12 ? "month"
        : day < 1 || day > DateTime.DaysInMonth(Math.Max(year, 1), month) ? "day"
        : hour > 23 ? "hour"
        : minute > 59 ? "minute"
        : second > 59 ? "second"
        : null;

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    /// <summary>Steps through the layout element by element, remembering where parsing stopped for the error.</summary>
    private ref struct LayoutReader(string text)
    {
        private int _position;

        public string Rest => text[_position..];

        public string Expected { get; private set; } = "";

        public bool Number(int digits, string element, out int value)
        {
            value = 0;
            if (_position + digits > text.Length)
            {
                Expected = element;
                return false;
            }

            for (var i = 0; i < digits; i++)
            {
                var c = text[_position + i];
                if (!char.IsAsciiDigit(c))
                {
                    Expected = element;
                    return false;
                }

                value = (value * 10) + (c - '0');
            }

            _position += digits;
            return true;
        }

        public bool Literal(char expected, string element)
        {
            if (_position < text.Length && text[_position] == expected)
            {
                _position++;
                return true;
            }

            Expected = element;
            return false;
        }

        public bool Offset(out TimeSpan offset)
        {
            offset = TimeSpan.Zero;
            if (_position < text.Length && text[_position] == 'Z' && _position + 1 == text.Length)
            {
                _position++;
                return true;
            }

            var rest = text.AsSpan(_position);
            if (rest.Length == 6 && (rest[0] == '+' || rest[0] == '-') && rest[3] == ':'
                && char.IsAsciiDigit(rest[1]) && char.IsAsciiDigit(rest[2]) && char.IsAsciiDigit(rest[4]) && char.IsAsciiDigit(rest[5]))
            {
                var hours = ((rest[1] - '0') * 10) + (rest[2] - '0');
                var minutes = ((rest[4] - '0') * 10) + (rest[5] - '0');
                if (hours <= 23 && minutes <= 59)
                {
                    offset = new TimeSpan(hours, minutes, 0);
                    if (rest[0] == '-')
                    {
                        offset = -offset;
                    }

                    _position = text.Length;
                    return true;
                }
            }

            Expected = "Z07:00";
            return false;
        }
    }
}
