using System.Reflection;

namespace KubeSharp.Scheduler.Internal;

/// <summary>
/// Shallow copies of API objects. The scheduler only needs a pod with a different spec.nodeName (the
/// assumed pod); a deep copy through JSON would cost more than the whole scheduling cycle.
/// </summary>
internal static class ObjectCopier
{
    private static readonly Func<object, object> MemberwiseCloneFunc =
        typeof(object).GetMethod("MemberwiseClone", BindingFlags.Instance | BindingFlags.NonPublic)!
            .CreateDelegate<Func<object, object>>();

    public static T ShallowCopy<T>(T value)
        where T : class => (T)MemberwiseCloneFunc(value);

    /// <summary>A copy of the pod whose spec (only) is a copy, with spec.nodeName set.</summary>
    public static Api.Core.V1.Pod WithNodeName(Api.Core.V1.Pod pod, string nodeName)
    {
        var copy = ShallowCopy(pod);
        copy.Spec = ShallowCopy(pod.Spec);
        copy.Spec.NodeName = nodeName;
        return copy;
    }
}
