/** Value types shared by all features, and stateless helpers for them ({@code web}). No services, no entities. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.thirdspace.shared;
