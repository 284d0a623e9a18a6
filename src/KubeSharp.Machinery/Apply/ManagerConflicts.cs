using System.Globalization;
using System.Text.Json;
using KubeSharp.Machinery.Internal;

namespace KubeSharp.Machinery.Apply;

/// <summary>
/// Upstream's rendering of apply conflicts (apiserver managedfields internal/conflict.go): the 409 message
/// and the per-field causes kubectl prints.
/// </summary>
public static class ManagerConflicts
{
    /// <summary>The cause type of each conflicting field.</summary>
    public const string CauseType = "FieldManagerConflict";

    /// <summary>
    /// <c>Apply failed with 1 conflict: conflict with "mgr" using apps/v1: .spec.replicas</c>, or for several:
    /// <c>Apply failed with N conflicts: conflicts with "mgr":\n- .a\n- .b</c> (managers sorted).
    /// </summary>
    public static string Message(IReadOnlyList<ApplyConflict> conflicts)
    {
        if (conflicts.Count == 1)
        {
            return $"Apply failed with 1 conflict: conflict with {PrintManager(conflicts[0].Manager)}: {conflicts[0].PathString}";
        }

        var byManager = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var conflict in conflicts)
        {
            if (!byManager.TryGetValue(conflict.Manager, out var paths))
            {
                byManager[conflict.Manager] = paths = [];
            }

            paths.Add(conflict.PathString);
        }

        var lines = new List<string>();
        foreach (var (manager, paths) in byManager)
        {
            lines.Add($"conflicts with {PrintManager(manager)}:");
            lines.AddRange(paths.Select(p => "- " + p));
        }

        return string.Create(CultureInfo.InvariantCulture, $"Apply failed with {conflicts.Count} conflicts: {string.Join("\n", lines)}");
    }

    /// <summary>Each conflict as a Status cause: (type, message, field).</summary>
    public static IEnumerable<(string Type, string Message, string Field)> Causes(IReadOnlyList<ApplyConflict> conflicts) =>
        conflicts.Select(c => (CauseType, "conflict with " + PrintManager(c.Manager), c.PathString));

    /// <summary>
    /// How upstream names a manager: <c>"name"</c>, plus <c> with subresource "status"</c>, plus
    /// <c> using apps/v1</c> for Update managers.
    /// </summary>
    public static string PrintManager(string managerIdentifier)
    {
        ManagerIdentifier id;
        try
        {
            id = ManagerIdentifier.Parse(managerIdentifier);
        }
        catch (JsonException)
        {
            return GoFormat.Quote(managerIdentifier);
        }

        var text = GoFormat.Quote(id.Manager);
        if (!string.IsNullOrEmpty(id.Subresource))
        {
            text += " with subresource " + GoFormat.Quote(id.Subresource);
        }

        return id.Operation == ManagerIdentifier.Update ? text + " using " + id.ApiVersion : text;
    }
}
