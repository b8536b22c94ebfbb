/**
 * Delivery (快递): a community station, run by a provider, takes parcels in for households and hands them over
 * against the household's pickup code, lists the overdue ones, and a household may order doorstep delivery as a paid
 * order ({@link ParcelService}); a parcel follows its doorstep order ({@link ParcelFollower}). Stations and residents
 * use it only while the tenant has the DELIVERY module on, and only the household ever sees a parcel's code.
 */
package org.linli.tenants.delivery;
