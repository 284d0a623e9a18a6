using System.Globalization;

namespace KubeSharp.Runtime.Oci;

/// <summary>
/// Resolves the user of a container the way containerd's CRI plugin does (WithUser, WithUserID,
/// WithUsername, WithAdditionalGIDs): <c>runAsUser</c>/<c>runAsUsername</c> over the image's <c>User</c>
/// (<c>name</c>, <c>uid</c>, <c>name:group</c>, <c>uid:gid</c>), names looked up in the container's own
/// /etc/passwd and /etc/group, the groups that list the user added, then the pod's supplemental groups.
/// </summary>
internal static class UserResolver
{
    public static ContainerUser Resolve(string rootfs, LinuxContainerSecurityContext? context, string? imageUser)
    {
        var passwd = ReadDatabase(rootfs, "etc/passwd");
        var groups = ReadDatabase(rootfs, "etc/group");
        uint uid, gid;
        string? userName = null;

        if (context?.RunAsUser is { } runAsUser)
        {
            uid = checked((uint)runAsUser);
            var entry = passwd.FirstOrDefault(p => p.Length > 3 && p[2] == uid.ToString(CultureInfo.InvariantCulture));
            gid = entry is not null && uint.TryParse(entry[3], out var g) ? g : 0;
            userName = entry?[0];
        }
        else if (context is { RunAsUsername.Length: > 0 })
        {
            (uid, gid, userName) = LookupUser(passwd, context.RunAsUsername)
                ?? throw RuntimeException.InvalidArgument($"user \"{context.RunAsUsername}\" not found in the image's /etc/passwd");
        }
        else if (!string.IsNullOrEmpty(imageUser))
        {
            var parts = imageUser.Split(':', 2);
            if (uint.TryParse(parts[0], out var numeric))
            {
                uid = numeric;
                var entry = passwd.FirstOrDefault(p => p.Length > 3 && p[2] == parts[0]);
                gid = entry is not null && uint.TryParse(entry[3], out var g) ? g : 0;
                userName = entry?[0];
            }
            else
            {
                (uid, gid, userName) = LookupUser(passwd, parts[0])
                    ?? throw RuntimeException.InvalidArgument($"image user \"{parts[0]}\" not found in the image's /etc/passwd");
            }

            if (parts.Length == 2)
            {
                gid = uint.TryParse(parts[1], out var numericGroup)
                    ? numericGroup
                    : groups.FirstOrDefault(g => g.Length > 2 && g[0] == parts[1]) is { } group && uint.TryParse(group[2], out var found)
                        ? found
                        : throw RuntimeException.InvalidArgument($"image group \"{parts[1]}\" not found in the image's /etc/group");
            }
        }
        else
        {
            uid = 0;
            gid = 0;
            userName = "root";
        }

        if (context?.RunAsGroup is { } runAsGroup)
        {
            if (context.RunAsUser is null && context.RunAsUsername.Length == 0)
            {
                throw RuntimeException.InvalidArgument("runAsGroup requires runAsUser or runAsUsername");
            }

            gid = checked((uint)runAsGroup);
        }

        var additional = new List<uint> { gid };
        if (userName is not null)
        {
            foreach (var group in groups)
            {
                if (group.Length > 3 && group[3].Split(',').Contains(userName) && uint.TryParse(group[2], out var member) && !additional.Contains(member))
                {
                    additional.Add(member);
                }
            }
        }

        foreach (var supplemental in context?.SupplementalGroups ?? [])
        {
            var value = checked((uint)supplemental);
            if (!additional.Contains(value))
            {
                additional.Add(value);
            }
        }

        return new ContainerUser(uid, gid, additional);
    }

    private static (uint Uid, uint Gid, string Name)? LookupUser(List<string[]> passwd, string name)
    {
        var entry = passwd.FirstOrDefault(p => p.Length > 3 && p[0] == name);
        return entry is not null && uint.TryParse(entry[2], out var uid) && uint.TryParse(entry[3], out var gid) ? (uid, gid, name) : null;
    }

    private static List<string[]> ReadDatabase(string rootfs, string relative)
    {
        var path = Path.Combine(rootfs, relative);

        // Never follow a symbolic link out of the container's root filesystem.
        var info = new FileInfo(path);
        if (!info.Exists || info.LinkTarget is not null)
        {
            return [];
        }

        return [.. File.ReadLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split(':'))];
    }
}
