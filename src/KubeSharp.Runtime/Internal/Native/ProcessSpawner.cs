using System.Runtime.InteropServices;

namespace KubeSharp.Runtime.Internal.Native;

/// <summary>
/// Starts processes with <c>posix_spawn</c>, which .NET's Process cannot replace here: conmon expects its sync
/// and start pipes on exact descriptor numbers (fd 3 and 4), and a TTY exec needs a new session whose
/// controlling terminal is our pseudo-terminal. The child gets exactly the descriptors asked for (ours are
/// all close-on-exec), default signal dispositions and an empty signal mask.
/// </summary>
internal static unsafe class ProcessSpawner
{
    // glibc's posix_spawn_file_actions_t is 80 bytes, posix_spawnattr_t 336, sigset_t 128: generous buffers.
    private const int FileActionsSize = 256;
    private const int AttributesSize = 1024;
    private const int SigsetSize = 128;

    public static ChildProcess Spawn(SpawnOptions options)
    {
        var fileActions = Marshal.AllocHGlobal(FileActionsSize);
        var attributes = Marshal.AllocHGlobal(AttributesSize);
        var emptySet = Marshal.AllocHGlobal(SigsetSize);
        var fullSet = Marshal.AllocHGlobal(SigsetSize);
        var strings = new List<IntPtr>();
        var duplicates = new List<int>();
        IntPtr argv = IntPtr.Zero, envp = IntPtr.Zero;
        try
        {
            Check(LibC.posix_spawn_file_actions_init(fileActions), "posix_spawn_file_actions_init");
            Check(LibC.posix_spawnattr_init(attributes), "posix_spawnattr_init");
            try
            {
                _ = LibC.sigemptyset(emptySet);
                _ = LibC.sigfillset(fullSet);
                short flags = LibC.POSIX_SPAWN_SETSIGMASK | LibC.POSIX_SPAWN_SETSIGDEF;
                if (options.NewSession || options.ControllingTerminal is not null)
                {
                    flags |= LibC.POSIX_SPAWN_SETSID;
                }
                else if (options.NewProcessGroup)
                {
                    flags |= LibC.POSIX_SPAWN_SETPGROUP;
                    Check(LibC.posix_spawnattr_setpgroup(attributes, 0), "posix_spawnattr_setpgroup");
                }

                Check(LibC.posix_spawnattr_setflags(attributes, flags), "posix_spawnattr_setflags");
                Check(LibC.posix_spawnattr_setsigmask(attributes, emptySet), "posix_spawnattr_setsigmask");
                Check(LibC.posix_spawnattr_setsigdefault(attributes, fullSet), "posix_spawnattr_setsigdefault");

                if (options.WorkingDirectory is not null)
                {
                    Check(LibC.posix_spawn_file_actions_addchdir_np(fileActions, options.WorkingDirectory), "addchdir");
                }

                // Move every source descriptor out of the way first, so a source that happens to sit on a
                // target number is not clobbered by an earlier dup2.
                var sources = new Dictionary<int, int>();
                foreach (var (target, source) in options.FileDescriptors)
                {
                    var copy = LibC.fcntl(source, LibC.F_DUPFD_CLOEXEC, 64);
                    if (copy < 0)
                    {
                        throw new IOException($"fcntl(F_DUPFD_CLOEXEC) on fd {source}: {LibC.LastError()}");
                    }

                    duplicates.Add(copy);
                    sources[target] = copy;
                }

                if (options.ControllingTerminal is not null)
                {
                    // Opened after setsid and without O_NOCTTY, the terminal becomes the controlling tty.
                    Check(LibC.posix_spawn_file_actions_addopen(fileActions, 0, options.ControllingTerminal, LibC.O_RDWR, 0), "addopen tty");
                    Check(LibC.posix_spawn_file_actions_adddup2(fileActions, 0, 1), "adddup2");
                    Check(LibC.posix_spawn_file_actions_adddup2(fileActions, 0, 2), "adddup2");
                }
                else
                {
                    for (var fd = 0; fd <= 2; fd++)
                    {
                        if (!sources.ContainsKey(fd))
                        {
                            Check(LibC.posix_spawn_file_actions_addopen(fileActions, fd, "/dev/null", LibC.O_RDWR, 0), "addopen /dev/null");
                        }
                    }
                }

                foreach (var (target, source) in sources)
                {
                    Check(LibC.posix_spawn_file_actions_adddup2(fileActions, source, target), "adddup2");
                }

                argv = StringArray([options.FileName, .. options.Arguments], strings);
                envp = StringArray([.. options.Environment.Select(e => $"{e.Key}={e.Value}")], strings);

                var result = LibC.posix_spawn(out var pid, options.FileName, fileActions, attributes, argv, envp);
                if (result != 0)
                {
                    throw new IOException($"cannot start {options.FileName}: {Marshal.GetPInvokeErrorMessage(result)}");
                }

                return new ChildProcess(pid, options.FileName);
            }
            finally
            {
                _ = LibC.posix_spawn_file_actions_destroy(fileActions);
                _ = LibC.posix_spawnattr_destroy(attributes);
            }
        }
        finally
        {
            foreach (var fd in duplicates)
            {
                _ = LibC.close(fd);
            }

            foreach (var s in strings)
            {
                Marshal.FreeHGlobal(s);
            }

            Marshal.FreeHGlobal(argv);
            Marshal.FreeHGlobal(envp);
            Marshal.FreeHGlobal(fileActions);
            Marshal.FreeHGlobal(attributes);
            Marshal.FreeHGlobal(emptySet);
            Marshal.FreeHGlobal(fullSet);
        }
    }

    private static IntPtr StringArray(string[] values, List<IntPtr> owned)
    {
        var array = Marshal.AllocHGlobal(IntPtr.Size * (values.Length + 1));
        for (var i = 0; i < values.Length; i++)
        {
            var s = Marshal.StringToCoTaskMemUTF8(values[i]);
            // StringToCoTaskMemUTF8 allocates with the CoTaskMem allocator, which on Unix is malloc like AllocHGlobal.
            owned.Add(s);
            Marshal.WriteIntPtr(array, i * IntPtr.Size, s);
        }

        Marshal.WriteIntPtr(array, values.Length * IntPtr.Size, IntPtr.Zero);
        return array;
    }

    private static void Check(int result, string what)
    {
        if (result != 0)
        {
            throw new IOException($"{what} failed: {Marshal.GetPInvokeErrorMessage(result)}");
        }
    }
}
