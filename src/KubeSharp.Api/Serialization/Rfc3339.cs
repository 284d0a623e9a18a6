using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace KubeSharp.Api.Serialization;

/// <summary>
/// Parses RFC 3339 timestamps as Go's time.Parse does for upstream's two layouts, straight from UTF-8:
/// metav1.Time ("2006-01-02T15:04:05Z07:00", any fraction of a second accepted) and metav1.MicroTime
/// ("2006-01-02T15:04:05.000000Z07:00", exactly six fractional digits). Errors are worded as Go's.
/// </summary>
internal static class Rfc3339
{
    public const string TimeLayout = "2006-01-02T15:04:05Z07:00";

    public const string MicroLayout = "2006-01-02T15:04:05.000000Z07:00";

    /// <summary>Length of <c>2006-01-02T15:04:05Z</c>.</summary>
    public const int SecondsLength = 20;

    /// <summary>Length of <c>2006-01-02T15:04:05.000000Z</c>.</summary>
    public const int MicrosLength = 27;

    /// <summary>Writes a UTC instant as <c>YYYY-MM-DDTHH:MM:SSZ</c> (20 bytes); hot in every encode, so no format string.</summary>
    public static void FormatSeconds(DateTime utc, Span<byte> destination)
    {
        WriteDateAndTime(utc, destination);
        destination[19] = (byte)'Z';
    }

    /// <summary>Writes a UTC instant as <c>YYYY-MM-DDTHH:MM:SS.ffffffZ</c> (27 bytes).</summary>
    public static void FormatMicros(DateTime utc, Span<byte> destination)
    {
        WriteDateAndTime(utc, destination);
        destination[19] = (byte)'.';
        var micros = (int)(utc.Ticks % TimeSpan.TicksPerSecond / 10);
        for (var i = 25; i >= 20; i--)
        {
            destination[i] = (byte)('0' + (micros % 10));
            micros /= 10;
        }

        destination[26] = (byte)'Z';
    }

    private static void WriteDateAndTime(DateTime utc, Span<byte> destination)
    {
        WriteDigits(destination[..4], utc.Year);
        destination[4] = (byte)'-';
        WriteDigits(destination.Slice(5, 2), utc.Month);
        destination[7] = (byte)'-';
        WriteDigits(destination.Slice(8, 2), utc.Day);
        destination[10] = (byte)'T';
        WriteDigits(destination.Slice(11, 2), utc.Hour);
        destination[13] = (byte)':';
        WriteDigits(destination.Slice(14, 2), utc.Minute);
        destination[16] = (byte)':';
        WriteDigits(destination.Slice(17, 2), utc.Second);
    }

    private static void WriteDigits(Span<byte> destination, int value)
    {
        for (var i = destination.Length - 1; i >= 0; i--)
        {
            destination[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }

    /// <summary>Parses <paramref name="text"/>; <paramref name="exactMicros"/> selects the MicroTime layout.</summary>
    public static bool TryParse(ReadOnlySpan<byte> text, bool exactMicros, out DateTimeOffset value, [NotNullWhen(false)] out string? error)
    {
        value = default;
        var cursor = new Cursor(text);
        int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
        long fraction = 0;
        var offset = TimeSpan.Zero;
        var parsed = cursor.Number(4, "2006", out year) && cursor.Literal('-')
            && cursor.Number(2, "01", out month) && cursor.Literal('-')
            && cursor.Number(2, "02", out day) && cursor.Literal('T')
            && cursor.Number(2, "15", out hour) && cursor.Literal(':')
            && cursor.Number(2, "04", out minute) && cursor.Literal(':')
            && cursor.Number(2, "05", out second)
            && (exactMicros ? cursor.ExactMicros(out fraction) : cursor.OptionalFraction(out fraction))
            && cursor.Offset(out offset);
        if (!parsed)
        {
            error = $"parsing time {Quote(text)} as {GoQuote.Quote(exactMicros ? MicroLayout : TimeLayout)}: cannot parse {Quote(cursor.Rest)} as {GoQuote.Quote(cursor.Expected)}";
            return false;
        }

        if (!cursor.Rest.IsEmpty)
        {
            error = $"parsing time {Quote(text)}: extra text: {Quote(cursor.Rest)}";
            return false;
        }

        var range = OutOfRange(year, month, day, hour, minute, second);
        if (range is not null)
        {
            error = $"parsing time {Quote(text)}: {range} out of range";
            return false;
        }

        var utcTicks = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).Ticks + fraction - offset.Ticks;
        if (utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks)
        {
            error = $"parsing time {Quote(text)}: year out of range";
            return false;
        }

        value = new DateTimeOffset(utcTicks, TimeSpan.Zero);
        error = null;
        return true;
    }

    /// <summary>The first field out of its range, named as Go's time.Parse names it, or null.</summary>
    private static string? OutOfRange(int year, int month, int day, int hour, int minute, int second) =>
        year < 1 ? "year"
        : month is < 1 or > 12 ? "month"
        : day < 1 || day > DateTime.DaysInMonth(year, month) ? "day"
        : hour > 23 ? "hour"
        : minute > 59 ? "minute"
        : second > 59 ? "second"
        : null;

    private static string Quote(ReadOnlySpan<byte> text) => GoQuote.Quote(Encoding.UTF8.GetString(text));

    /// <summary>Steps through the layout, remembering the element it stopped at for Go's error text.</summary>
    private ref struct Cursor(ReadOnlySpan<byte> text)
    {
        private readonly ReadOnlySpan<byte> _text = text;
        private int _position;

        public readonly ReadOnlySpan<byte> Rest => _text[_position..];

        public string Expected { get; private set; } = "";

        public bool Number(int digits, string element, out int value)
        {
            value = 0;
            if (_position + digits > _text.Length)
            {
                Expected = element;
                return false;
            }

            for (var i = 0; i < digits; i++)
            {
                var c = _text[_position + i];
                if (!IsDigit(c))
                {
                    Expected = element;
                    return false;
                }

                value = (value * 10) + (c - '0');
            }

            _position += digits;
            return true;
        }

        public bool Literal(char expected)
        {
            if (_position < _text.Length && _text[_position] == expected)
            {
                _position++;
                return true;
            }

            Expected = expected.ToString();
            return false;
        }

        /// <summary>Go accepts a fraction after the seconds even when the layout has none; kept to 100 ns ticks.</summary>
        public bool OptionalFraction(out long ticks)
        {
            ticks = 0;
            if (_position + 1 >= _text.Length || _text[_position] != '.' || !IsDigit(_text[_position + 1]))
            {
                return true;
            }

            _position++;
            var scale = TimeSpan.TicksPerSecond;
            while (_position < _text.Length && IsDigit(_text[_position]))
            {
                scale /= 10;
                ticks += (_text[_position] - '0') * scale;
                _position++;
            }

            return true;
        }

        /// <summary>MicroTime's ".000000": a point and exactly six digits.</summary>
        public bool ExactMicros(out long ticks)
        {
            ticks = 0;
            var start = _position;
            if (!Literal('.') || !Number(6, ".000000", out var micros))
            {
                _position = start;
                Expected = ".000000";
                return false;
            }

            ticks = micros * 10L;
            return true;
        }

        public bool Offset(out TimeSpan offset)
        {
            offset = TimeSpan.Zero;
            Expected = "Z07:00";
            var rest = Rest;
            if (!rest.IsEmpty && rest[0] == 'Z')
            {
                _position++;
                return true;
            }

            if (rest.Length < 6 || (rest[0] != '+' && rest[0] != '-') || rest[3] != ':'
                || !IsDigit(rest[1]) || !IsDigit(rest[2]) || !IsDigit(rest[4]) || !IsDigit(rest[5]))
            {
                return false;
            }

            var hours = ((rest[1] - '0') * 10) + (rest[2] - '0');
            var minutes = ((rest[4] - '0') * 10) + (rest[5] - '0');
            if (hours > 23 || minutes > 59)
            {
                return false;
            }

            offset = new TimeSpan(hours, minutes, 0);
            if (rest[0] == '-')
            {
                offset = -offset;
            }

            _position += 6;
            return true;
        }

        private static bool IsDigit(byte c) => c is >= (byte)'0' and <= (byte)'9';
    }
}
