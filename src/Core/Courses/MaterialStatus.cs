namespace CourseFunctions.Core.Courses;

/// <summary>Where an uploaded deck stands: indexed, failed (with its reason), or being read now.</summary>
public enum MaterialStatus { Ready, Failed, Indexing }
