using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace KubeSharp.Commands;

/// <summary>The process's logging: one line per message on stderr, as Kubernetes components log.</summary>
internal static class Logging
{
    public static ILoggerFactory Create(LogLevel minimum) => LoggerFactory.Create(builder =>
    {
        builder.SetMinimumLevel(minimum);
        // The web host's own start-up chatter repeats what KubeSharp logs in its own words.
        builder.AddFilter("Microsoft", minimum > LogLevel.Warning ? minimum : LogLevel.Warning);
        builder.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
            console.UseUtcTimestamp = true;
            console.ColorBehavior = LoggerColorBehavior.Disabled;
        });
    });
}
