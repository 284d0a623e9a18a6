using System.Globalization;
using System.Text.Json.Nodes;
using KubeSharp.ApiServer.Registry.Generic;
using static KubeSharp.ApiServer.Endpoints.Tables.JsonCells;
using static KubeSharp.ApiServer.Endpoints.Tables.PrinterColumns;

namespace KubeSharp.ApiServer.Endpoints.Tables.Printers;

/// <summary>batch/v1 printers, with upstream's columns (printJob with its Status column, printCronJob).</summary>
public static class BatchPrinters
{
    public static readonly ITableConvertor Jobs = new ColumnTableConvertor(
    [
        Name,
        Column("Status", "string", "Status of the job.", (j, _) => JobStatus(j)),
        Column("Completions", "string", "The desired number of successfully finished pods the job should be run with.", (j, _) => Completions(j)),
        Column("Duration", "string", "Time required to complete the job.", (j, now) => Duration(j, now)),
        Age,
        .. TemplateContainers("spec", "template", "spec"),
        Selector("spec", "selector"),
    ]);

    public static readonly ITableConvertor CronJobs = new ColumnTableConvertor(
    [
        Name,
        Column("Schedule", "string", "The schedule in Cron format, see https://en.wikipedia.org/wiki/Cron.", (c, _) => Str(c, "spec", "schedule")),
        Column("Timezone", "string", "The time zone name for the given schedule, see https://en.wikipedia.org/wiki/List_of_tz_database_time_zones.", (c, _) => Str(c, "spec", "timeZone") is { Length: > 0 } zone ? zone : "<none>"),
        Column("Suspend", "boolean", "This flag tells the controller to suspend subsequent executions.", (c, _) => BoolOrNull(c, "spec", "suspend") switch { null => "<unset>", true => "True", false => "False" }),
        Column("Active", "integer", "A list of pointers to currently running jobs.", (c, _) => (long)Count(c, "status", "active")),
        Column("Last Schedule", "string", "Information when was the last time the job was successfully scheduled.", (c, now) => Str(c, "status", "lastScheduleTime") is { Length: > 0 } last ? HumanDuration.Since(last, now) : "<none>"),
        Age,
        .. TemplateContainers("spec", "jobTemplate", "spec", "template", "spec"),
        Selector("spec", "jobTemplate", "spec", "selector"),
    ]);

    private static string JobStatus(JsonObject job)
    {
        bool Has(string type) => Array(job, "status", "conditions").Any(c => Str(c, "type") == type && Str(c, "status") == "True");
        if (Has("Complete"))
        {
            return "Complete";
        }

        if (Has("Failed"))
        {
            return "Failed";
        }

        if (ObjectMetadata.HasDeletionTimestamp(job))
        {
            return "Terminating";
        }

        if (Has("Suspended"))
        {
            return "Suspended";
        }

        if (Has("FailureTarget"))
        {
            return "FailureTarget";
        }

        return Has("SuccessCriteriaMet") ? "SuccessCriteriaMet" : "Running";
    }

    private static string Completions(JsonObject job)
    {
        var succeeded = Int(job, "status", "succeeded");
        if (IntOrNull(job, "spec", "completions") is { } completions)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{succeeded}/{completions}");
        }

        var parallelism = Int(job, "spec", "parallelism");
        return parallelism > 1
            ? string.Create(CultureInfo.InvariantCulture, $"{succeeded}/1 of {parallelism}")
            : string.Create(CultureInfo.InvariantCulture, $"{succeeded}/1");
    }

    private static string Duration(JsonObject job, DateTimeOffset now)
    {
        var start = Str(job, "status", "startTime");
        if (start.Length == 0 || !DateTimeOffset.TryParse(start, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var started))
        {
            return "";
        }

        var end = Str(job, "status", "completionTime");
        return end.Length > 0 && DateTimeOffset.TryParse(end, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var completed)
            ? HumanDuration.Format(completed - started)
            : HumanDuration.Format(now - started);
    }
}
